/** The console's one stylesheet, served as /console/assets/console.css: system fonts, AA contrast, visible focus, narrow screens. */
export const CONSOLE_CSS = `
:root { --ink: #1b1f24; --muted: #4a5360; --line: #c9cfd6; --bg: #f6f7f9; --card: #fff; --brand: #0b4f8a; --brand-ink: #fff; --good: #1d6b35; --warn: #8a4b00; --bad: #a4161a; --focus: #ffbf47; }
* { box-sizing: border-box; }
html { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif; font-size: 100%; line-height: 1.5; color: var(--ink); background: var(--bg); }
body { margin: 0; }
a { color: var(--brand); }
a:hover { text-decoration-thickness: 2px; }
:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; box-shadow: 0 0 0 5px var(--ink); }
.skip { position: absolute; left: -999px; top: 0; background: var(--card); padding: .5rem 1rem; z-index: 10; }
.skip:focus { left: .5rem; }
header.top { background: var(--brand); color: var(--brand-ink); padding: .5rem 1rem; display: flex; flex-wrap: wrap; gap: .5rem 1.5rem; align-items: center; }
header.top a, header.top .brand { color: var(--brand-ink); }
header.top .brand { font-weight: 700; text-decoration: none; margin-right: auto; }
header.top nav ul { list-style: none; display: flex; flex-wrap: wrap; gap: .25rem 1rem; margin: 0; padding: 0; }
header.top nav a { text-decoration: none; padding: .25rem 0; display: inline-block; }
header.top nav a[aria-current="page"] { border-bottom: 3px solid var(--brand-ink); font-weight: 700; }
header.top form { display: inline; margin: 0; }
header.top button { background: transparent; color: var(--brand-ink); border: 1px solid var(--brand-ink); border-radius: 4px; padding: .25rem .6rem; font: inherit; cursor: pointer; }
.who { font-size: .9rem; }
main { max-width: 72rem; margin: 0 auto; padding: 1rem; }
h1 { font-size: 1.6rem; margin: .5rem 0 1rem; }
h2 { font-size: 1.2rem; margin: 1.5rem 0 .5rem; }
.flash { background: #e7f1fb; border-left: 4px solid var(--brand); padding: .5rem 1rem; }
.tiles { display: grid; grid-template-columns: repeat(auto-fit, minmax(13rem, 1fr)); gap: 1rem; }
.tile, .panel { background: var(--card); border: 1px solid var(--line); border-radius: 6px; padding: 1rem; }
.tile .n { font-size: 2rem; font-weight: 700; display: block; }
.tile a { font-weight: 600; }
table { border-collapse: collapse; width: 100%; background: var(--card); }
th, td { text-align: left; padding: .4rem .5rem; border-bottom: 1px solid var(--line); vertical-align: top; }
th { background: #eef1f4; }
.table-wrap { overflow-x: auto; }
.badge { display: inline-block; padding: 0 .4rem; border-radius: 3px; font-size: .85rem; font-weight: 600; border: 1px solid currentColor; }
.badge.open { color: var(--bad); } .badge.claimed { color: var(--warn); } .badge.resolved { color: var(--good); }
form.filters { display: flex; flex-wrap: wrap; gap: .75rem 1rem; align-items: flex-end; background: var(--card); border: 1px solid var(--line); border-radius: 6px; padding: .75rem 1rem; margin-bottom: 1rem; }
form.filters fieldset { border: 0; padding: 0; margin: 0; display: flex; gap: .75rem; flex-wrap: wrap; }
form.filters legend { font-weight: 600; padding: 0; }
label { font-weight: 600; display: block; }
input[type=text], input[type=date], select, textarea { font: inherit; padding: .35rem .5rem; border: 1px solid #6b7480; border-radius: 4px; background: #fff; color: var(--ink); max-width: 100%; }
textarea { width: 100%; min-height: 7rem; }
.check { font-weight: 400; display: inline-flex; gap: .3rem; align-items: center; }
button.primary, .actions button { background: var(--brand); color: var(--brand-ink); border: 0; border-radius: 4px; padding: .5rem 1rem; font: inherit; font-weight: 600; cursor: pointer; }
.actions { display: flex; flex-wrap: wrap; gap: 1rem; align-items: flex-end; }
.actions form { margin: 0; }
form.inline { display: inline; margin: 0 0 0 .5rem; }
fieldset { border: 1px solid var(--line); border-radius: 6px; margin: 0 0 1rem; }
dl.fields { display: grid; grid-template-columns: max-content 1fr; gap: .25rem 1rem; }
dl.fields dt { font-weight: 600; }
dl.fields dd { margin: 0; overflow-wrap: anywhere; }
blockquote { border-left: 4px solid var(--line); margin: .5rem 0; padding: .25rem 1rem; background: var(--card); }
ol.timeline { padding-left: 1.2rem; }
figure { margin: 0 0 1.5rem; background: var(--card); border: 1px solid var(--line); border-radius: 6px; padding: 1rem; }
figure svg { max-width: 100%; height: auto; }
figcaption { font-weight: 600; margin-bottom: .5rem; }
.side { display: grid; grid-template-columns: repeat(auto-fit, minmax(20rem, 1fr)); gap: 1rem; }
pre { background: #1b1f24; color: #f0f3f6; padding: .75rem; border-radius: 4px; overflow: auto; max-height: 24rem; font-size: .8rem; }
.slack { font-family: system-ui, sans-serif; background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: .75rem; }
.slack .sk-header { font-size: 1.1rem; font-weight: 700; margin: .25rem 0; }
.slack .sk-section { margin: .4rem 0; white-space: pre-wrap; }
.slack .sk-fields { display: grid; grid-template-columns: 1fr 1fr; gap: .25rem 1rem; }
.slack .sk-context { color: var(--muted); font-size: .85rem; margin: .3rem 0; }
.slack .sk-actions { display: flex; flex-wrap: wrap; gap: .5rem; margin: .4rem 0; }
.slack .sk-button { border: 1px solid #6b7480; border-radius: 4px; padding: .15rem .6rem; background: #fff; font-weight: 600; font-size: .9rem; }
.slack .sk-button.primary { background: #007a5a; color: #fff; border-color: #007a5a; }
.slack .sk-button.danger { background: #c0121d; color: #fff; border-color: #c0121d; }
.slack hr { border: 0; border-top: 1px solid var(--line); }
.slack blockquote { background: transparent; }
.teams-card { background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: .5rem; }
.muted { color: var(--muted); }
.field-error { display: block; color: #a4262c; font-weight: 600; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
@media (max-width: 40rem) { header.top { padding: .5rem; } main { padding: .5rem; } dl.fields { grid-template-columns: 1fr; } .slack .sk-fields { grid-template-columns: 1fr; } }
`;
