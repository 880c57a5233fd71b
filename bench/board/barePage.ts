import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { bundlePage } from '../bundlePage';
import { makeTempDir } from '../../tests/support/tempDir';

/** What the bare page draws: React Flow default nodes with a text label, plain edges. */
export type BareGraph = {
  nodes: Array<{ id: string; type: 'default'; position: { x: number; y: number }; data: { label: string } }>;
  edges: Array<{ id: string; source: string; target: string }>;
  /** The pane's rectangle on our board, in CSS px, so both canvases have the same size. */
  pane: { left: number; top: number; width: number; height: number };
};

/**
 * The peer: React 19 and @xyflow/react with its stylesheet and nothing else, written the
 * way xyflow's own examples write a flow (controlled nodes and edges through
 * useNodesState/useEdgesState), fitView with our padding and our zoom limits (so the same
 * wheel input reaches the same zoom), no background, minimap or controls. `__mountBare`
 * is the first render call, so the measured time starts with the bundle already loaded,
 * as our board's starts with the app already running.
 */
const ENTRY = `
  import { createElement as h } from 'react';
  import { createRoot } from 'react-dom/client';
  import { ReactFlow, useEdgesState, useNodesState } from '@xyflow/react';
  import '@xyflow/react/dist/style.css';

  function Flow({ graph }) {
    const [nodes, , onNodesChange] = useNodesState(graph.nodes);
    const [edges, , onEdgesChange] = useEdgesState(graph.edges);
    return h(ReactFlow, {
      nodes, edges, onNodesChange, onEdgesChange,
      fitView: true, fitViewOptions: { padding: 0.08 }, minZoom: 0.05, maxZoom: 2.5,
    });
  }

  window.__mountBare = (graph) => {
    const root = document.getElementById('root');
    const p = graph.pane;
    root.style.cssText = 'position:fixed;left:' + p.left + 'px;top:' + p.top + 'px;width:' + p.width + 'px;height:' + p.height + 'px';
    createRoot(root).render(h(Flow, { graph }));
  };`;

/** Builds the bare page (production React, minified, like our renderer) into a temp folder. */
export async function buildBarePage(): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const dir = await makeTempDir('offsite-bench-bare-flow-');
  const files = await bundlePage(dir.path, 'bare', ENTRY);
  if (!files.includes('bare.css')) throw new Error('the xyflow stylesheet was not bundled');
  // Served under the app's CSP (no inline style attributes): the page's own rules in a file.
  await writeFile(join(dir.path, 'page.css'), 'body { margin: 0; }\n');
  await writeFile(join(dir.path, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  await writeFile(
    join(dir.path, 'index.html'),
    `<!doctype html><html><head><meta charset="utf-8"><title>bare React Flow</title>
<link rel="icon" href="./favicon.svg"><link rel="stylesheet" href="./page.css">
<link rel="stylesheet" href="./bare.css"><script type="module" src="./bare.js"></script></head>
<body><div id="root"></div></body></html>`,
  );
  return { dir: dir.path, cleanup: dir.cleanup };
}
