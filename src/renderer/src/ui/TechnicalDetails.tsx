import './technicalDetails.css';

/** The technical cause of a refusal, folded under "Details" for whoever supports the user. */
export function TechnicalDetails({ text }: { text: string }) {
  return (
    <details className="technical-details">
      <summary>Details</summary>
      <code>{text}</code>
    </details>
  );
}
