/**
 * A QR code drawn from main's SVG text. As an image, the SVG can run nothing and reach
 * nothing; it stays sharp at any size, on the console and on the projector.
 */
export function QrImage({ svg, label, className }: { svg: string; label: string; className?: string }) {
  return (
    <img
      className={className}
      src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`}
      alt={label}
      draggable={false}
    />
  );
}
