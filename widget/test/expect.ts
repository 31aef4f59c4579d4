// `expect` for the widget's tests, typed. @open-wc/testing's d.ts reads `import Chai from 'chai'`, a default
// export that the hoisted @types/chai 5 (the version vitest needs) does not have, so its `expect` arrives as
// `any` and no assertion is type-checked. This is the same object (@esm-bundle/chai with chai-dom,
// chai-a11y-axe and semantic-dom-diff registered by @open-wc/testing), typed by the global `Chai` namespace
// those plugins' types extend.
import { expect as untypedExpect } from '@open-wc/testing';

export const expect = untypedExpect as Chai.ExpectStatic;
