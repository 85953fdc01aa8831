/** The chain of control from the outlet's owner up to the ultimate owner, one cited link per step. */
import type { Fact, Source } from '@/lib/corpus/schema';
import { FactText } from './FactText';

/** A <dl> row listing the chain in order; nothing when no source traces it. */
export function OwnerChain({ chain, sources }: { chain: readonly Fact[]; sources: Record<string, Source> }) {
  if (chain.length === 0) return null;
  return (
    <div class="bs-row">
      <dt>Chain of control</dt>
      <dd>
        <ol class="bs-chain">
          {chain.map((link, index) => (
            <li key={index}>
              {index === chain.length - 1 && chain.length > 1 ? <strong>Ultimately: </strong> : null}
              <FactText fact={link} sources={sources} />
            </li>
          ))}
        </ol>
      </dd>
    </div>
  );
}
