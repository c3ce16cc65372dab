// What the bundle takes for '@tensorflow/tfjs' outside the retrain worker:
// the union package (dist/index.js) without the WebGL backend (no WebGL
// under Node), the graph-model converter and tf.data, which ablation-ci
// never calls: a smaller bundle for every thread to load. The retrain
// worker hands `tf` to the user's training code, so it keeps all of it.
import '@tensorflow/tfjs-core/dist/register_all_gradients';
import '@tensorflow/tfjs-core/dist/public/chained_ops/register_all_chained_ops';
export * from '@tensorflow/tfjs-core';
export * from '@tensorflow/tfjs-layers';
export * from '@tensorflow/tfjs-backend-cpu';
