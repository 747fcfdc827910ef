import type { Emotion } from '@shared/domain/journeys';

/** "+2", "0", "−1": the sign always shown, with a real minus sign. */
export function formatEmotion(value: number): string {
  if (value > 0) return `+${value}`;
  if (value < 0) return `\u2212${Math.abs(value)}`;
  return '0';
}

/**
 * A face whose mouth bends with the emotion; the number beside it carries
 * the meaning, so the face can stay decorative.
 */
export function EmotionFace({ emotion, className }: { emotion: Emotion; className?: string }) {
  const bend = emotion * 2.2;
  return (
    <svg className={className ? `emotion-face ${className}` : 'emotion-face'} viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <circle cx="12" cy="12" r="9.5" fill="none" stroke="currentColor" strokeWidth="1.8" />
      <circle cx="8.8" cy="9.5" r="1.3" fill="currentColor" />
      <circle cx="15.2" cy="9.5" r="1.3" fill="currentColor" />
      <path d={`M7.5 ${15.5 - bend / 2} Q12 ${15.5 + bend} 16.5 ${15.5 - bend / 2}`} fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />
    </svg>
  );
}
