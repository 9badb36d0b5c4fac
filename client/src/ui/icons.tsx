import type { Status } from '@planroom/shared';
import type { ReactNode, SVGProps } from 'react';
import { translate } from '../i18n/translate';

/** Inline SVG icons: no icon font, no network. All decorative: callers supply the text. */
type IconProps = SVGProps<SVGSVGElement> & { size?: number };

function Svg({ size = 16, children, ...rest }: IconProps & { children: ReactNode }) {
  return (
    <svg
      width={size}
      height={size}
      viewBox="0 0 16 16"
      fill="none"
      stroke="currentColor"
      strokeWidth={1.6}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
      {...rest}
    >
      {children}
    </svg>
  );
}

/** An icon from its shapes: 16×16, stroked in the text colour, hidden from screen readers. */
function icon(shapes: ReactNode) {
  return (p: IconProps) => <Svg {...p}>{shapes}</Svg>;
}

export const PlusIcon = icon(<path d="M8 3v10M3 8h10" />);
export const UndoIcon = icon(
  <>
    <path d="M5.5 3.5 2.5 6.5l3 3" />
    <path d="M2.5 6.5h7a4 4 0 0 1 0 8H7" />
  </>,
);
export const RedoIcon = icon(
  <>
    <path d="m10.5 3.5 3 3-3 3" />
    <path d="M13.5 6.5h-7a4 4 0 0 0 0 8H9" />
  </>,
);
export const ShareIcon = icon(
  <>
    <path d="M8 10V2.5M5 5l3-3 3 3" />
    <path d="M3.5 8.5v4a1 1 0 0 0 1 1h7a1 1 0 0 0 1-1v-4" />
  </>,
);
export const DownloadIcon = icon(<path d="M8 2.5v7.5M4.8 7 8 10.2 11.2 7M3 13h10" />);
export const CloseIcon = icon(<path d="m4 4 8 8M12 4l-8 8" />);
export const TrashIcon = icon(
  <path d="M2.5 4.5h11M6.5 4.5V3h3v1.5M4 4.5l.7 8.6a1 1 0 0 0 1 .9h4.6a1 1 0 0 0 1-.9l.7-8.6" />,
);
export const ArrowUpIcon = icon(<path d="m4 10 4-4 4 4" />);
export const ArrowDownIcon = icon(<path d="m4 6 4 4 4-4" />);
export const CopyIcon = icon(
  <>
    <rect x="5.5" y="5.5" width="8" height="8" rx="1.5" />
    <path d="M10.5 5.5v-2a1 1 0 0 0-1-1h-6a1 1 0 0 0-1 1v6a1 1 0 0 0 1 1h2" />
  </>,
);
export const CheckIcon = icon(<path d="m3 8.5 3 3 7-7" />);
export const WarningIcon = icon(
  <>
    <path d="M8 2 1.5 13.5h13L8 2Z" />
    <path d="M8 6.5v3M8 11.7v.1" />
  </>,
);
export const KeyboardIcon = icon(
  <>
    <rect x="1.5" y="4" width="13" height="8.5" rx="1.5" />
    <path d="M4 7h.01M6.5 7h.01M9 7h.01M11.5 7h.01M5 10h6" />
  </>,
);
export const ChevronIcon = icon(<path d="m6 4 4 4-4 4" />);

export const SearchIcon = icon(
  <>
    <circle cx="7" cy="7" r="4.5" />
    <path d="m10.5 10.5 3 3" />
  </>,
);
export const FilterIcon = icon(<path d="M2.5 3.5h11l-4.2 5v4l-2.6 1.2V8.5Z" />);
export const TargetIcon = icon(
  <>
    <circle cx="8" cy="8" r="5.5" />
    <circle cx="8" cy="8" r="2.2" />
  </>,
);
export const PathIcon = icon(
  <>
    <circle cx="3.5" cy="4" r="1.6" />
    <circle cx="12.5" cy="12" r="1.6" />
    <path d="M5.1 4H9a2 2 0 0 1 2 2v4.4" />
  </>,
);
export const EyeIcon = icon(
  <>
    <path d="M1.5 8S4 3.5 8 3.5 14.5 8 14.5 8 12 12.5 8 12.5 1.5 8 1.5 8Z" />
    <circle cx="8" cy="8" r="2" />
  </>,
);
export const HistoryIcon = icon(
  <>
    <path d="M2.6 9.5A5.5 5.5 0 1 0 3.4 4.6" />
    <path d="M2.5 2.5v2.6h2.6M8 5v3.2l2 1.3" />
  </>,
);
export const CommentIcon = icon(<path d="M2.5 3.5h11v7.5H7.5L4.5 13.5V11h-2Z" />);
export const FitIcon = icon(<path d="M2.5 6V2.5H6M10 2.5h3.5V6M13.5 10v3.5H10M6 13.5H2.5V10" />);
export const ChainIcon = icon(
  <>
    <rect x="1.5" y="3" width="6" height="3.5" rx="1" />
    <rect x="8.5" y="9.5" width="6" height="3.5" rx="1" />
    <path d="M7.5 4.75h2a1.5 1.5 0 0 1 1.5 1.5v3.25" />
  </>,
);

export interface StatusInfo {
  label: string;
  /** What the status means, for tooltips: colour is never the only signal. */
  hint: string;
}

/** A status in words, in the person's language. */
export function statusInfo(status: Status): StatusInfo {
  return { label: translate(`status.${status}`), hint: translate(`status.${status}.hint`) };
}

/** One distinct shape per status (dashed ring, arrow disc, triangle, octagon, ticked square). */
export function StatusIcon({ status, size = 14 }: { status: Status; size?: number }) {
  switch (status) {
    case 'not-started':
      return (
        <Svg size={size} strokeDasharray="2.2 2">
          <circle cx="8" cy="8" r="5.5" />
        </Svg>
      );
    case 'on-track':
      return (
        <Svg size={size}>
          <circle cx="8" cy="8" r="5.5" fill="currentColor" stroke="none" />
          <path d="M6.8 5.4 9.6 8l-2.8 2.6" stroke="#fff" strokeWidth={1.6} />
        </Svg>
      );
    case 'at-risk':
      return (
        <Svg size={size}>
          <path d="M8 1.8 1.4 13.6h13.2L8 1.8Z" fill="currentColor" stroke="currentColor" strokeWidth={1} />
          <path d="M8 6.2v3.4M8 11.6v.1" stroke="#fff" strokeWidth={1.6} />
        </Svg>
      );
    case 'off-track':
      return (
        <Svg size={size}>
          <path
            d="M5.5 1.5h5l3.5 3.5v5l-3.5 3.5h-5L2 10V5Z"
            fill="currentColor"
            stroke="currentColor"
            strokeWidth={1}
          />
          <path d="m6 6 4 4M10 6l-4 4" stroke="#fff" strokeWidth={1.6} />
        </Svg>
      );
    case 'done':
      return (
        <Svg size={size}>
          <rect x="2" y="2" width="12" height="12" rx="3.5" fill="currentColor" stroke="none" />
          <path d="m5 8.2 2 2 4-4.4" stroke="#fff" strokeWidth={1.7} />
        </Svg>
      );
  }
}
