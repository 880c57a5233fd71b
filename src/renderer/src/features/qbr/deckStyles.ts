/*
 * The deck's look, bundled with the app: deck.css (shared with the PDF) and the same
 * Inter weights the PDF embeds, so the preview and Present mode wrap text exactly as the
 * printed deck does. All served from the app itself (CSP font-src/style-src 'self').
 */
import '@fontsource/inter/latin-400.css';
import '@fontsource/inter/latin-600.css';
import '@fontsource/inter/latin-700.css';
import '../../../../shared/domain/deck/deck.css';
import './qbr.css';
import './slides.css';
