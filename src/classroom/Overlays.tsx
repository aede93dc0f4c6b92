/**
 * The classroom's overlays (help, overview, go to, the lecturer's link, the tools menu and what
 * it runs, a class session's join view): a chunk of their own, which the lesson warms once its
 * first formula has painted (./loadOverlays). A key pressed before the chunk has arrived is not
 * lost: it sets the store's overlay, and the overlay shows as soon as this module is there.
 */
import { GotoDialog } from './GotoDialog';
import { HelpOverlay } from './HelpOverlay';
import { JoinView } from './JoinView';
import { LinkDialog } from './LinkDialog';
import { Overview } from './Overview';
import { ToolsMenu } from './ToolsMenu';
import type { Overlay } from './store';

interface Props {
  readonly overlay: Overlay;
  readonly onClose: () => void;
}

export default function Overlays({ overlay, onClose }: Props) {
  switch (overlay) {
    case 'help':
      return <HelpOverlay onClose={onClose} />;
    case 'overview':
      return <Overview onClose={onClose} />;
    case 'goto':
      return <GotoDialog onClose={onClose} />;
    case 'link':
      return <LinkDialog onClose={onClose} />;
    case 'tools':
      return <ToolsMenu onClose={onClose} />;
    case 'join':
      return <JoinView onClose={onClose} />;
  }
}
