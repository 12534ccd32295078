/** The attribution the digits' licence (CC BY 4.0) requires wherever a demo trains on them. */
import { DIGITS_ATTRIBUTION as a } from '../../lib/datasets/digits';
import { common } from '../strings/common';

export function DigitsCredit(props: { class?: string }) {
  return (
    <p class={props.class ? `demo-hint demo-credit ${props.class}` : 'demo-hint demo-credit'}>
      {common.credit.data}: «<a href={a.url}>{a.title}</a>», {a.creators.join(' y ')} ({a.year}), {a.repository}, {common.credit.licence}{' '}
      <a href={a.licenseUrl}>{a.license}</a>.
    </p>
  );
}
