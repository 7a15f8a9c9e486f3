//! Cache prefetch hints, for the few loops whose time goes to waiting on
//! memory they could have asked for earlier.

/// Bytes in a cache line.
const LINE: usize = 64;

/// Asks the processor to start loading the cache lines of `x` (the first
/// four, for a longer value; none for an empty one), so that a later read
/// finds them in the cache. Only a hint: it changes no result, and where
/// there is no prefetch instruction it does nothing.
#[inline]
pub(crate) fn prefetch<T: ?Sized>(x: &T) {
    let len = std::mem::size_of_val(x).min(4 * LINE);
    let start = (x as *const T).cast::<u8>();
    for offset in (0..len).step_by(LINE) {
        line(start.wrapping_add(offset));
    }
}

/// The prefetch of the one cache line that holds `p`.
#[inline]
fn line(p: *const u8) {
    #[cfg(target_arch = "x86_64")]
    // SAFETY: `_mm_prefetch` needs SSE, which every x86-64 processor has
    // (it is in the target's baseline features). A prefetch only hints the
    // cache: it neither reads into the program nor faults, whatever the
    // address, and callers pass addresses of live data.
    unsafe {
        use std::arch::x86_64::{_mm_prefetch, _MM_HINT_T0};
        _mm_prefetch::<_MM_HINT_T0>(p.cast());
    }
    #[cfg(not(target_arch = "x86_64"))]
    let _ = p;
}
