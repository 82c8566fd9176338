/**
 * The portal's one stylesheet and one script, served from the Worker with long caching
 * (the URL carries ASSET_VERSION, a hash of the files). The script is progressive enhancement only: copy
 * buttons and confirmations; every action works without it.
 */
import { Hono } from 'hono';
import type { PortalEnv } from './types';

const CSS = `:root{--fg:#1d2327;--muted:#50575e;--bg:#f6f7f7;--card:#fff;--line:#dcdcde;--accent:#2145e6;--accent-fg:#fff;--ok:#00701a;--warn:#8a5a00;--err:#b32d2e;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--fg);background:var(--bg)}
*{box-sizing:border-box}body{margin:0}a{color:var(--accent)}
.skip{position:absolute;left:-999px}.skip:focus{left:8px;top:8px;background:var(--card);padding:8px;z-index:2}
.top{display:flex;flex-wrap:wrap;gap:8px 24px;align-items:center;padding:10px 20px;background:var(--fg);color:#fff}
.top a{color:#fff}.brand{font-weight:700;text-decoration:none;letter-spacing:.05em}
.top nav ul{display:flex;flex-wrap:wrap;gap:4px 16px;list-style:none;margin:0;padding:0}
.top nav a{text-decoration:none;padding:4px 0;border-bottom:2px solid transparent}.top nav a[aria-current=page]{border-color:#fff;font-weight:600}
.who{margin-left:auto;display:flex;gap:12px;align-items:center;font-size:.875rem}.who form{margin:0}
.role{background:#fff3;border-radius:3px;padding:0 6px}
main{max-width:1080px;margin:0 auto;padding:16px 20px 48px}h1{font-size:1.6rem;margin:.4em 0 .6em}h2{font-size:1.2rem;margin:1.6em 0 .5em}
.cards{display:grid;grid-template-columns:repeat(auto-fit,minmax(200px,1fr));gap:12px}
.card{background:var(--card);border:1px solid var(--line);border-radius:6px;padding:14px 16px}.card b{display:block;font-size:1.5rem}.card span{color:var(--muted);font-size:.875rem}
.panel{background:var(--card);border:1px solid var(--line);border-radius:6px;padding:16px;margin:12px 0}
.scroll{overflow-x:auto}table{border-collapse:collapse;width:100%;background:var(--card)}caption{text-align:left;font-weight:600;padding:6px 0}
th,td{text-align:left;padding:6px 10px;border-bottom:1px solid var(--line);vertical-align:top}td.n,th.n,.figures td{text-align:right;font-variant-numeric:tabular-nums}
.field{margin:0 0 12px;display:flex;flex-direction:column;gap:4px;max-width:420px}label{font-weight:600}
input,select{font:inherit;padding:8px 10px;border:1px solid #8c8f94;border-radius:4px;background:#fff;color:var(--fg)}
input[readonly]{background:var(--bg);font-family:ui-monospace,monospace;width:100%}
button{font:inherit;cursor:pointer;padding:8px 14px;border-radius:4px;border:1px solid var(--accent);background:var(--accent);color:var(--accent-fg)}
button.secondary{background:#fff;color:var(--accent)}button.danger{background:#fff;color:var(--err);border-color:var(--err)}
button.link{background:none;border:0;padding:0;color:#fff;text-decoration:underline}button:disabled{opacity:.5;cursor:not-allowed}
:focus-visible{outline:3px solid #f0b849;outline-offset:2px}
form.inline{display:inline-block;margin:2px 4px 2px 0}.actions{white-space:nowrap}
.visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
small{color:var(--muted)}small.error{color:var(--err)}[aria-invalid=true]{border-color:var(--err)}
.notice{border-left:4px solid var(--accent);background:var(--card);padding:10px 14px;margin:12px 0}.notice.success{border-color:var(--ok)}.notice.warning{border-color:var(--warn)}.notice.error{border-color:var(--err)}
.key{display:flex;gap:8px;align-items:center;max-width:760px}.key input{flex:1}
.chart{margin:8px 0 16px}.chart svg{width:100%;height:180px;background:var(--card);border:1px solid var(--line);border-radius:6px}
.chart .bars{fill:var(--accent)}.chart text{font-size:11px;fill:var(--muted)}.chart .axis{stroke:var(--muted)}.chart .grid{stroke:var(--line);stroke-dasharray:4}
.chart figcaption{color:var(--muted);font-size:.875rem}
.pager{display:flex;justify-content:space-between;gap:12px;margin:12px 0}
.grid2{display:grid;grid-template-columns:repeat(auto-fit,minmax(300px,1fr));gap:16px}
.narrow{max-width:460px}.muted{color:var(--muted)}code{font-family:ui-monospace,monospace;font-size:.9em}
@media (max-width:640px){.who{margin-left:0}th,td{padding:6px}main{padding:12px}}
`;

const JS = `document.addEventListener('click',function(e){var b=e.target.closest('[data-copy]');if(!b)return;var i=document.getElementById(b.getAttribute('data-copy'));if(!i)return;
var done=function(ok){var s=document.getElementById(b.getAttribute('data-copy')+'-status');if(s)s.textContent=ok?'Copied to the clipboard.':'Copy failed: select the key and copy it by hand.';};
if(navigator.clipboard){navigator.clipboard.writeText(i.value).then(function(){done(true)},function(){i.select();done(false)})}else{i.select();done(false)}});
document.querySelectorAll('[data-copy]').forEach(function(b){b.hidden=false});
document.addEventListener('submit',function(e){var m=e.target.getAttribute('data-confirm');if(m&&!window.confirm(m))e.preventDefault()});
`;

/** A short content hash (djb2) of both files: the URLs change whenever the files do. */
function contentHash( text: string ): string {
	let hash = 5381;
	for ( let i = 0; i < text.length; i++ ) hash = ( ( hash * 33 ) ^ text.charCodeAt( i ) ) >>> 0;
	return hash.toString( 36 );
}

/** Cache-busting version in the asset URLs (pages link `portal.css?v=…`). */
export const ASSET_VERSION = contentHash( CSS + JS );

const CACHE = 'public, max-age=31536000, immutable';

/** GET /portal/assets/portal.css and portal.js */
export const assetRoutes = new Hono<PortalEnv>()
	.get( '/portal.css', ( c ) => c.body( CSS, 200, { 'Content-Type': 'text/css; charset=utf-8', 'Cache-Control': CACHE } ) )
	.get( '/portal.js', ( c ) => c.body( JS, 200, { 'Content-Type': 'text/javascript; charset=utf-8', 'Cache-Control': CACHE } ) );
