/** The name of a metric, as a config and a results document spell it (registry.ts: what each is). */
export type MetricName =
  | 'accuracy'
  | 'error_rate'
  | 'precision'
  | 'recall'
  | 'f1'
  | 'precision_macro'
  | 'recall_macro'
  | 'f1_macro'
  | 'f1_weighted'
  | 'roc_auc'
  | 'log_loss'
  | 'mse'
  | 'rmse'
  | 'mae'
  | 'r2';
