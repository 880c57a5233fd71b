/** The scale's words and the labels live with the checkpoint's domain: the phone and the projector say the same. */
export { LABEL_WORDS, SCALE_WORDS } from '../../../../shared/domain/alignment/checkpoint';
