import type { Emotion } from '@shared/domain/journeys';

/** "+2", "0", "−1": the sign always shown, with a real minus sign. */
export function formatEmotion(value: number): string {
  if (value > 0) return `+${value}`;
  if (value < 0) return `\u2212${Math.abs(value)}`;
  return '0';
}

const EYES = 'M7.5 9.5a1.3 1.3 0 1 0 2.6 0a1.3 1.3 0 1 0 -2.6 0M13.9 9.5a1.3 1.3 0 1 0 2.6 0a1.3 1.3 0 1 0 -2.6 0';

/**
 * A face whose mouth bends with the emotion; the number beside it carries
 * the meaning, so the face can stay decorative.
 */
export function EmotionFace({ emotion, className }: { emotion: Emotion; className?: string }) {
  const bend = emotion * 2.2;
  return (
    <svg className={className ? `emotion-face ${className}` : 'emotion-face'} viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      {/* Outline and mouth share one stroked path, the eyes one filled path: fewer nodes per card. */}
      <path
        d={`M21.5 12a9.5 9.5 0 1 1 -19 0a9.5 9.5 0 1 1 19 0M7.5 ${15.5 - bend / 2}Q12 ${15.5 + bend} 16.5 ${15.5 - bend / 2}`}
        fill="none"
        stroke="currentColor"
        strokeWidth="1.8"
        strokeLinecap="round"
      />
      <path d={EYES} fill="currentColor" />
    </svg>
  );
}
