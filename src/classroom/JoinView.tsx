import { STEPS } from '../lesson/steps';
import { useLesson } from '../store';
import { Dialog } from './Dialog';
import { groupCode, joinBaseOf, studentLink, typedAddress } from './joinLink';
import { useSession } from './sessionStore';
import { useQrShape } from './useQrShape';
import { useVt } from './useVt';
import './join.css';

interface Props {
  readonly onClose: () => void;
}

/**
 * The join view, for the projector (J, or the tools menu, in the lecturer's window of a class
 * session): a large QR code of the students' link (the room's id and the lecturer's step, never
 * the secret), the address students open, and the short code, read out in two groups of three,
 * for those who type it at `<address>join`. The QR code is dark on white whatever the theme.
 */
export function JoinView({ onClose }: Props) {
  const vt = useVt();
  const stepIndex = useLesson((s) => s.stepIndex);
  const room = useSession((s) => s.room);
  const code = useSession((s) => s.code);
  const joinBase = useSession((s) => s.joinBase);
  const base = joinBaseOf(joinBase, window.location.origin);
  const step = STEPS[stepIndex]?.id ?? STEPS[0].id;
  const link = room ? studentLink(base, step, room) : '';
  const qr = useQrShape(link);
  return (
    <Dialog
      title={vt('session.joinTitle')}
      onClose={onClose}
      className="cls-join"
      testId="join-view"
      closeLabel={vt('session.joinClose')}
    >
      <div className="cls-join__grid">
        <figure className="cls-join__qr" data-testid="join-qr" data-link={link}>
          {qr ? (
            <svg
              viewBox={`0 0 ${qr.size} ${qr.size}`}
              shapeRendering="crispEdges"
              role="img"
              aria-label={vt('session.joinQr')}
            >
              <rect width={qr.size} height={qr.size} fill="#ffffff" />
              <path d={qr.path} fill="#000000" />
            </svg>
          ) : (
            <span className="cls-join__qrWait">{room ? '…' : vt('session.offline')}</span>
          )}
          <figcaption className="cls-join__caption">{vt('session.joinScan')}</figcaption>
        </figure>
        <div className="cls-join__side">
          <p className="cls-join__label">{vt('session.joinAddress')}</p>
          <p className="cls-join__address" data-testid="join-address" data-base={base}>
            {/* A line may break before the path, not inside the host's address. */}
            {base}
            <wbr />
            {typedAddress(base).slice(base.length)}
          </p>
          <p className="cls-join__label">{vt('session.joinType')}</p>
          <p className="cls-join__code" data-testid="join-code" data-code={code ?? ''}>
            {code ? groupCode(code) : '—'}
          </p>
        </div>
      </div>
    </Dialog>
  );
}
