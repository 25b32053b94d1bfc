import type { Channel } from '../../shared/api/contract';
import type { MenuCommand, Payload } from '../../shared/api/types';

/**
 * One way to the backend. `send` resolves to the raw answer (an ApiResponse as data, checked by the client)
 * and rejects only when the backend cannot be reached; `onMenuCommand` subscribes to native menu commands.
 */
export interface Transport {
  send<C extends Channel>(channel: C, payload: Payload<C>): Promise<unknown>;
  onMenuCommand(callback: (command: MenuCommand) => void): () => void;
}
