import type { Db } from '../../platform/db/connect.js';
import type { AuthOptions } from '../../platform/http/auth.js';
import type { Clock } from '../../platform/time/clock.js';
import type { SessionStage } from './mfa.js';
import type { Permission } from './permissions.js';
import { actorForSession, actorForToken, type AuthenticatedActor } from './service.js';

declare module '../../platform/http/auth.js' {
  interface AuthRegistry {
    actor: AuthenticatedActor;
    permission: Permission;
    signInStep: SessionStage;
  }
}

/** What the platform's auth plugin needs from identity: who holds a credential, and what an unfinished sign-in is told. */
export function identityAuthentication(db: Db, clock: Clock): AuthOptions {
  return {
    clock,
    actorFor: (credential, now) => (credential.kind === 'token' ? actorForToken(db, credential.secret, now) : actorForSession(db, credential.secret, now)),
    unfinishedSignIn: (stage) =>
      stage === 'mfa_code'
        ? { code: 'mfa_code_required', detail: 'Finish signing in: enter the code from your authenticator app' }
        : { code: 'mfa_enrolment_required', detail: 'Your role requires multi-factor sign-in: set up an authenticator app first' },
  };
}
