import { Rate } from 'antd';
import type { RateProps } from 'antd';

type ScoreRateProps = RateProps & { 'aria-label'?: string; 'aria-required'?: boolean | 'true' | 'false'; 'aria-invalid'?: boolean | 'true' | 'false'; 'aria-describedby'?: string };

/**
 * antd's Rate: a list of stars, each holding a radio. The form hands its control the id and
 * the aria-required/-invalid/-describedby a list may not carry, so they go on a radio group
 * around the list: one question to a screen reader, the stars its answers.
 */
export function ScoreRate({ id, 'aria-label': label, 'aria-required': required, 'aria-invalid': invalid, 'aria-describedby': describedBy, ...rate }: ScoreRateProps) {
  return (
    <div role="radiogroup" id={id} aria-label={label} aria-required={required} aria-invalid={invalid} aria-describedby={describedBy}>
      <Rate {...rate} />
    </div>
  );
}
