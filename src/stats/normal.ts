/**
 * The standard normal distribution: its CDF and its inverse, to double
 * precision. Both follow the Cephes Math Library (S. L. Moshier, 1984–1992),
 * the code behind `scipy.special.ndtr` and `scipy.special.ndtri`, so that an
 * interval built from a normal quantile matches SciPy to the last bits.
 */

// Rational approximations of erf and erfc (Cephes erf.c / ndtr.c).
const ERFC_P = [
  2.461969814735305e-10, 0.5641895648310689, 7.463210564422699, 48.63719709856814,
  196.5208329560771, 526.4451949954773, 934.5285271719576, 1027.5518868951572, 557.5353353693994,
];
const ERFC_Q = [
  13.228195115474499, 86.70721408859897, 354.9377788878199, 975.7085017432055, 1823.9091668790973,
  2246.3376081871097, 1656.6630919416134, 557.5353408177277,
];
const ERFC_R = [
  0.5641895835477551, 1.275366707599781, 5.019050422511805, 6.160210979930536, 7.4097426995044895,
  2.9788666537210022,
];
const ERFC_S = [
  2.2605286322011726, 9.396035249380015, 12.048953980809666, 17.08144507475659, 9.608968090632859,
  3.369076451000815,
];
const ERF_T = [
  9.604973739870516, 90.02601972038427, 2232.005345946843, 7003.325141128051, 55592.30130103949,
];
const ERF_U = [
  33.56171416475031, 521.3579497801527, 4594.323829709801, 22629.000061389095, 49267.39426086359,
];

// Rational approximations of the normal quantile (Cephes ndtri.c): P0/Q0 for
// |y - 0.5| <= 3/8, P1/Q1 for sqrt(-2 log y) in [2, 8), P2/Q2 beyond.
const NDTRI_P0 = [
  -59.96335010141079, 98.00107541859997, -56.67628574690703, 13.931260938727968,
  -1.2391658386738125,
];
const NDTRI_Q0 = [
  1.9544885833814176, 4.676279128988815, 86.36024213908905, -225.46268785411937, 200.26021238006066,
  -82.03722561683334, 15.90562251262117, -1.1833162112133,
];
const NDTRI_P1 = [
  4.0554489230596245, 31.525109459989388, 57.16281922464213, 44.08050738932008, 14.684956192885803,
  2.1866330685079025, -0.1402560791713545, -0.03504246268278482, -0.0008574567851546854,
];
const NDTRI_Q1 = [
  15.779988325646675, 45.39076351288792, 41.3172038254672, 15.04253856929075, 2.504649462083094,
  -0.14218292285478779, -0.03808064076915783, -0.0009332594808954574,
];
const NDTRI_P2 = [
  3.2377489177694603, 6.915228890689842, 3.9388102529247444, 1.3330346081580755,
  0.20148538954917908, 0.012371663481782003, 0.00030158155350823543, 2.6580697468673755e-6,
  6.239745391849833e-9,
];
const NDTRI_Q2 = [
  6.02427039364742, 3.6798356385616087, 1.3770209948908132, 0.21623699359449663,
  0.013420400608854318, 0.00032801446468212774, 2.8924786474538068e-6, 6.790194080099813e-9,
];

const SQRT_2PI = 2.5066282746310007;
const EXP_MINUS_2 = 0.1353352832366127;
const MAX_LOG = 709.782712893384;

/** Horner evaluation of `coef[0] x^N + … + coef[N]`. */
function polevl(x: number, coef: readonly number[]): number {
  let result = coef[0];
  for (let i = 1; i < coef.length; i++) result = result * x + coef[i];
  return result;
}

/** Like `polevl`, with an implicit leading coefficient of 1. */
function p1evl(x: number, coef: readonly number[]): number {
  let result = x + coef[0];
  for (let i = 1; i < coef.length; i++) result = result * x + coef[i];
  return result;
}

/** The error function. */
export function erf(x: number): number {
  if (Number.isNaN(x)) return NaN;
  if (x < 0) return -erf(-x);
  if (x > 1) return 1 - erfc(x);
  const z = x * x;
  return (x * polevl(z, ERF_T)) / p1evl(z, ERF_U);
}

/** The complementary error function, accurate in the far upper tail. */
export function erfc(a: number): number {
  if (Number.isNaN(a)) return NaN;
  const x = Math.abs(a);
  if (x < 1) return 1 - erf(a);
  const z = -a * a;
  if (z < -MAX_LOG) return a < 0 ? 2 : 0;
  const e = Math.exp(z);
  const y =
    x < 8 ? (e * polevl(x, ERFC_P)) / p1evl(x, ERFC_Q) : (e * polevl(x, ERFC_R)) / p1evl(x, ERFC_S);
  if (a < 0) return 2 - y;
  return y;
}

/** The standard normal CDF, P(Z <= x); use `normalCdf(-x)` for an accurate upper tail. */
export function normalCdf(x: number): number {
  if (Number.isNaN(x)) return NaN;
  const t = x * Math.SQRT1_2;
  const z = Math.abs(t);
  if (z < Math.SQRT1_2) return 0.5 + 0.5 * erf(t);
  const y = 0.5 * erfc(z);
  return t > 0 ? 1 - y : y;
}

/** The standard normal quantile: the x with P(Z <= x) = p (−∞ at 0, +∞ at 1). */
export function normalQuantile(p: number): number {
  if (Number.isNaN(p) || p < 0 || p > 1) return NaN;
  if (p === 0) return -Infinity;
  if (p === 1) return Infinity;
  let y = p;
  let upper = false;
  if (y > 1 - EXP_MINUS_2) {
    y = 1 - y;
    upper = true;
  }
  if (y > EXP_MINUS_2) {
    y = y - 0.5;
    const y2 = y * y;
    const x = y + y * ((y2 * polevl(y2, NDTRI_P0)) / p1evl(y2, NDTRI_Q0));
    return x * SQRT_2PI;
  }
  const x = Math.sqrt(-2 * Math.log(y));
  const x0 = x - Math.log(x) / x;
  const z = 1 / x;
  const x1 =
    x < 8
      ? (z * polevl(z, NDTRI_P1)) / p1evl(z, NDTRI_Q1)
      : (z * polevl(z, NDTRI_P2)) / p1evl(z, NDTRI_Q2);
  const result = x0 - x1;
  return upper ? result : -result;
}
