import type { DataStatus } from '../../state/use-data-status';
import type { SaveState } from '../SaveStatus';
import { DataBanner } from './DataBanner';
import { DataDialog } from './DataDialog';

/** Props of the data layer: the data status hook, and the workbench's autosave state and flush. */
export interface DataLayerProps {
  data: DataStatus;
  /** The open scenario's autosave state (null: no scenario open). */
  saveState: SaveState | null;
  onSaveNow: () => void;
}

/** The data notice under the header and, when open, the 数据与备份 dialog, wired to the data status hook. */
export function DataLayer({ data, saveState, onSaveNow }: DataLayerProps) {
  return (
    <>
      <DataBanner banner={data.banner} onRestoreLatest={(backup) => data.openDialog(backup)} onClose={data.dismissBanner} />
      {data.dialog ? (
        <DataDialog
          status={data.status}
          statusFailure={data.statusFailure}
          initialConfirm={data.dialog.confirm}
          unsaved={saveState !== null && saveState !== 'saved'}
          onSaveNow={onSaveNow}
          onRestore={data.restore}
          onClose={data.closeDialog}
        />
      ) : null}
    </>
  );
}
