import type { InferenceSession, Tensor } from 'onnxruntime-node';

/**
 * The part of an ONNX Runtime package ablation-ci uses: onnxruntime-node and onnxruntime-web
 * both export it (from onnxruntime-common).
 */
export interface OrtModule {
  InferenceSession: {
    create(bytes: Uint8Array, options?: InferenceSession.SessionOptions): Promise<InferenceSession>;
  };
  Tensor: typeof Tensor;
}

export type { InferenceSession, Tensor };
