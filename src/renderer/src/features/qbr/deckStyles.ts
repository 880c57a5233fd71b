/*
 * The deck's look, bundled with the app: deck.css (shared with the PDF) and the same font
 * faces the PDF embeds (fonts.css), so the preview and Present mode wrap text exactly as
 * the printed deck does, in any script. All served from the app itself (CSP
 * font-src/style-src 'self').
 */
import './fonts.css';
import '../../../../shared/domain/deck/deck.css';
import '../../../../shared/domain/deck/deckSeries.css';
import './qbr.css';
import './slides.css';
