// What the training script asks of a training algorithm (the CRF, the perceptron): sentences in, weights out.

/** One training sentence: feature row ids (`-1` for a pruned feature) and gold tags. */
export interface TrainingSentence {
  rows: Int32Array
  gold: Uint8Array
}

/** A model under training: one epoch at a time, then its weights in the model's layout. */
export interface Trainer {
  /** One pass over the sentences in `order`; returns a line for the log. */
  epoch(sentences: readonly TrainingSentence[], order: Int32Array): string
  /** The weights to use now: feature rows × tags, and tags × tags transitions. */
  weights(): { weights: Float32Array; transitions: Float32Array }
}
