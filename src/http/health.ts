// GET /healthz for load balancers and orchestrators: 200 while the process serves (the dataset is
// loaded), 503 while it loads or once it is shutting down, so traffic goes to the other replicas.
import type { HttpReply } from './router.js';

export type HealthState = 'loading' | 'ready' | 'stopping';

export class Health {
  private current: HealthState = 'loading';
  private details: () => Record<string, unknown> = () => ({});

  get state(): HealthState {
    return this.current;
  }

  /** The dataset is loaded: serve. `details` (e.g. the dataset's version) are shown in the reply. */
  ready(details: () => Record<string, unknown> = () => ({})): void {
    if (this.current === 'stopping') return;
    this.current = 'ready';
    this.details = details;
  }

  stopping(): void {
    this.current = 'stopping';
  }

  reply(): HttpReply {
    const body = { status: this.current, ...(this.current === 'ready' ? this.details() : {}) };
    return {
      status: this.current === 'ready' ? 200 : 503,
      headers: { 'content-type': 'application/json', 'cache-control': 'no-store' },
      body: JSON.stringify(body),
    };
  }
}
