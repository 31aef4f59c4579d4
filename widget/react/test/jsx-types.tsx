// Compiled, never run: `npm run typecheck` checks it against the widget's sources and `npm run check -w
// @foyer/react` against the built declarations (test/consumer/tsconfig.json), as an app would see them. Each
// `@ts-expect-error` line must fail to compile: if it compiled, tsc would report the directive as unused.
// The lines expected to fail return values of an error type, which the linter would report too.
/* eslint-disable @typescript-eslint/no-unsafe-return */
import type {} from '@foyer/widget/react-jsx';
import { useRef } from 'react';
import { FoyerPortal, type FoyerPortalElement, type FoyerSignedInEvent } from '@foyer/react';

export function PlainElement() {
  const ref = useRef<FoyerPortalElement>(null);
  return (
    <>
      <foyer-portal
        ref={ref}
        portal="prt_1"
        api="https://portal.example.com"
        embed-code="emb_1"
        locale="de-DE"
        max-upload-bytes={1024}
        class="portal"
        strings={{ signOut: 'Abmelden' }}
        onfoyer-signed-in={(event) => console.log(event.detail.member.email, event.detail.method)}
        onfoyer-approval-decided={(event) => console.log(event.detail.decision === 'approve')}
        onfoyer-error={(event) => console.log(event.detail.code)}
      />
      {/* @ts-expect-error -- `portal` is a string */}
      <foyer-portal portal={42} api="https://portal.example.com" />
      {/* @ts-expect-error -- `api` is required */}
      <foyer-portal portal="prt_1" />
      {/* @ts-expect-error -- no such attribute */}
      <foyer-portal portal="prt_1" api="https://portal.example.com" portl="prt_1" />
      {/* @ts-expect-error -- the detail of `foyer-signed-in` has no `decision` */}
      <foyer-portal portal="prt_1" api="https://portal.example.com" onfoyer-signed-in={(event) => event.detail.decision} />
      {/* @ts-expect-error -- unknown strings are refused */}
      <foyer-portal portal="prt_1" api="https://portal.example.com" strings={{ signOff: 'x' }} />
    </>
  );
}

export function Wrapper() {
  const ref = useRef<FoyerPortalElement>(null);
  const signedIn = (event: FoyerSignedInEvent) => console.log(event.detail.member.email);
  return (
    <>
      <FoyerPortal
        ref={ref}
        portal="prt_1"
        api="https://portal.example.com"
        embedCode="emb_1"
        maxUploadBytes={1024}
        strings={{ signOut: 'Abmelden' }}
        className="portal"
        onSignedIn={signedIn}
        onSignedOut={(event) => console.log(event.detail.reason)}
        onFileUploaded={(event) => console.log(event.detail.file.name, event.detail.new_version)}
        onApprovalDecided={(event) => console.log(event.detail.approval_request_id, event.detail.decision)}
        onRequestItemSubmitted={(event) => console.log(event.detail.item_id)}
        onError={(event) => console.log(event.detail.code, event.detail.request_id)}
      />
      <button type="button" onClick={() => ref.current?.refresh()}>
        Refresh
      </button>
      {/* @ts-expect-error -- `portal` is required */}
      <FoyerPortal api="https://portal.example.com" />
      {/* @ts-expect-error -- `maxUploadBytes` is a number */}
      <FoyerPortal portal="prt_1" api="https://portal.example.com" maxUploadBytes="1024" />
      {/* @ts-expect-error -- the detail of `foyer-error` has no `member` */}
      <FoyerPortal portal="prt_1" api="https://portal.example.com" onError={(event) => event.detail.member} />
      {/* @ts-expect-error -- no such event prop */}
      <FoyerPortal portal="prt_1" api="https://portal.example.com" onSignedUp={() => {}} />
    </>
  );
}
