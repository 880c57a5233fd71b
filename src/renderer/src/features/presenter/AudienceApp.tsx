import { useEffect, useRef, useState } from 'react';
import { Stage } from '../../../../shared/domain/stage';
import { STAGE_EVENT } from '../../../../shared/ipc/channels';
import { bridge } from '../../bridge';
import { AudienceStage } from './AudienceStage';
import { IdentifyDisplay } from './IdentifyDisplay';

/**
 * The audience window's whole app: it asks for the current stage once, then paints each
 * stage main relays. Every stage is checked again here; anything else is ignored. B
 * blacks the screen and F freezes it, as in PowerPoint, for whoever holds this window's
 * keyboard (the console has the same keys for the facilitator).
 */
export function AudienceApp() {
  const [stage, setStage] = useState<Stage | null>(null);
  const [blank, setBlank] = useState(false);
  const [frozen, setFrozen] = useState(false);
  // Read by the event listeners, which outlive renders: the freeze and what main sent last
  // (frozen or not), so unfreezing catches up with it at once.
  const frozenRef = useRef(false);
  const latest = useRef<Stage | null>(null);

  useEffect(() => {
    const api = bridge();
    const accept = (payload: unknown) => {
      const parsed = Stage.safeParse(payload);
      if (!parsed.success) return;
      latest.current = parsed.data;
      if (!frozenRef.current) setStage(parsed.data);
    };
    void api.stage.current({}).then((result) => {
      if (result.ok && result.value) accept(result.value);
    });
    const offStage = api.onEvent(STAGE_EVENT, accept);
    return offStage;
  }, []);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey) return;
      if (e.key === 'b' || e.key === 'B' || e.key === '.') setBlank((b) => !b);
      if (e.key === 'f' || e.key === 'F') {
        frozenRef.current = !frozenRef.current;
        setFrozen(frozenRef.current);
        if (!frozenRef.current) setStage(latest.current);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  return (
    <main
      className="audience"
      data-stage={blank ? 'blank' : (stage?.kind ?? 'waiting')}
      data-frozen={frozen ? 'true' : undefined}
    >
      <AudienceStage stage={blank ? { kind: 'blank' } : stage} />
      <IdentifyDisplay />
    </main>
  );
}
