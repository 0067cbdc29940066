/** The shape of a V8 CPU profile (`--cpu-prof`), as tools/profile.ts and tools/profile-inclusive.ts read it. */
export interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

export interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}
