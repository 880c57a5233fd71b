/**
 * The two measurements, run inside the page as text (untouched by the Node-side
 * compiler) and word for word the same on our board and on the bare React Flow page;
 * only the start gesture and the node selector differ.
 */

/** How long the render measurement waits for every node before it gives up. */
export const RENDER_LIMIT_MS = 60_000;

/**
 * Render time. Starts with `start` (our board: the click on the Board tab of the open
 * workspace; bare: the React root's first render call, the bundle already loaded) and ends
 * when `expected` node elements matching `selector` are measured by React Flow (not
 * `visibility: hidden`) and overlap the pane's rectangle, checked once per animation frame,
 * plus two more frames so the frame that shows them has been painted.
 */
export function measureRender(start: string, selector: string, expected: number): string {
  return `new Promise((resolve, reject) => {
    const shown = () => {
      const pane = document.querySelector('.react-flow__pane');
      if (!pane) return 0;
      const r = pane.getBoundingClientRect();
      let n = 0;
      for (const e of document.querySelectorAll(${JSON.stringify(selector)})) {
        if (e.style.visibility === 'hidden') continue;
        const b = e.getBoundingClientRect();
        if (b.width > 0 && b.right > r.left && b.left < r.right && b.bottom > r.top && b.top < r.bottom) n++;
      }
      return n;
    };
    const t0 = performance.now();
    const check = () => {
      if (shown() >= ${expected}) {
        requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now() - t0)));
      } else if (performance.now() - t0 > ${RENDER_LIMIT_MS}) {
        reject(new Error('timed out after ${RENDER_LIMIT_MS / 1000} s waiting for ${expected} ${selector} nodes in the pane: only ' + shown() + ' shown'));
      }
      else requestAnimationFrame(check);
    };
    ${start};
    requestAnimationFrame(check);
  })`;
}

/** How many nodes matching `selector` overlap the pane right now (a check after the run). */
export function countShown(selector: string): string {
  return `(() => {
    const r = document.querySelector('.react-flow__pane').getBoundingClientRect();
    return [...document.querySelectorAll(${JSON.stringify(selector)})].filter((e) => {
      const b = e.getBoundingClientRect();
      return e.style.visibility !== 'hidden' && b.right > r.left && b.left < r.right && b.bottom > r.top && b.top < r.bottom;
    }).length;
  })()`;
}

export const PAN_MS = 2000;
const PAN_RADIUS_PX = 250;
/** Zoom goes up to 2^1.5 ≈ 2.8× the fitted zoom and back. */
const ZOOM_OCTAVES = 1.5;

/**
 * Frame times during a 2 s programmatic pan and zoom, as the user's input would drive it:
 * synthetic mouse and wheel events on the pane, read by React Flow's own d3-zoom handlers
 * on both pages (no app hook). First second: a press at the pane's centre and a drag once
 * round a 250 px circle; second second: wheel zoom at the centre in to 2.8× and back out.
 * The viewport is a function of elapsed time, so a slow page skips states instead of
 * taking longer. One event per animation frame, dispatched from the frame callback;
 * resolves to the deltas between successive frame timestamps (ms), with the largest
 * zoom ratio and pan shift (px) reached, to show that the viewport really moved.
 */
export const MEASURE_PAN = `new Promise((resolve) => {
  const zoomNode = document.querySelector('.react-flow__renderer');
  const pane = document.querySelector('.react-flow__pane');
  const r = pane.getBoundingClientRect();
  const cx = r.left + r.width / 2;
  const cy = r.top + r.height / 2;
  const k0 = zoomNode.__zoom.k;
  const half = ${PAN_MS} / 2;
  const mouse = (type, x, y) =>
    pane.dispatchEvent(new MouseEvent(type, {
      bubbles: true, cancelable: true, view: window, clientX: x, clientY: y,
      button: 0, buttons: type === 'mouseup' ? 0 : 1,
    }));
  const deltas = [];
  const start = { ...zoomNode.__zoom };
  let kMax = k0;
  let shiftMax = 0;
  let t0 = null;
  let last = 0;
  let dragging = false;
  const frame = (now) => {
    if (t0 === null) {
      t0 = now;
      mouse('mousedown', cx, cy);
      dragging = true;
    } else deltas.push(now - last);
    last = now;
    const z = zoomNode.__zoom;
    kMax = Math.max(kMax, z.k);
    if (dragging) shiftMax = Math.max(shiftMax, Math.hypot(z.x - start.x, z.y - start.y));
    const t = now - t0;
    if (t < half) {
      const a = (2 * Math.PI * t) / half;
      mouse('mousemove', cx + ${PAN_RADIUS_PX} * (Math.cos(a) - 1), cy + ${PAN_RADIUS_PX} * Math.sin(a));
    } else if (t < ${PAN_MS}) {
      if (dragging) {
        mouse('mouseup', cx, cy);
        dragging = false;
      }
      const target = k0 * 2 ** (${ZOOM_OCTAVES} * Math.sin((Math.PI * (t - half)) / half));
      const k = zoomNode.__zoom.k;
      // React Flow's wheel step on Linux: zoom *= 2^(-deltaY * 0.002).
      pane.dispatchEvent(new WheelEvent('wheel', {
        bubbles: true, cancelable: true, view: window, clientX: cx, clientY: cy,
        deltaMode: 0, deltaY: -Math.log2(target / k) / 0.002,
      }));
    } else {
      resolve({ deltas, zoomRatio: kMax / k0, shiftMax, k0 });
      return;
    }
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
})`;

/** The viewport transform React Flow holds (d3-zoom's state on its zoom node). */
export const READ_VIEWPORT = `(() => { const z = document.querySelector('.react-flow__renderer').__zoom; return { x: z.x, y: z.y, k: z.k }; })()`;
