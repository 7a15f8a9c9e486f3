//! The global allocator: mimalloc, asked through its plain entry points
//! wherever a word's alignment is all a layout needs (nearly all of them).
//!
//! The `mimalloc` crate's allocator asks `mi_malloc_aligned` for every
//! layout, and that entry tests the alignment, finds the page and then
//! checks the block's address before taking the same path `mi_malloc`
//! takes at once: some fifty instructions an allocation against twenty.
//! Extraction allocates about a thousand times per article.

use std::alloc::{GlobalAlloc, Layout};
use std::ffi::c_void;

use libmimalloc_sys as mi;

/// Every block mimalloc hands out is a whole number of words (its size
/// classes count words) from a start aligned to 16 bytes, so `mi_malloc`
/// is aligned to a word whatever the size. Not to 16: the classes up to 64
/// bytes go by single words (a 56-byte block may start at 8 mod 16), and a
/// layout of alignment 16 need not be a multiple of 16 long (a hash
/// table's buckets and control bytes), so such layouts keep the aligned
/// entries.
const PLAIN_ALIGN: usize = std::mem::size_of::<usize>();

/// Whether `mi_malloc` (of any size) is aligned to `align`.
#[inline]
fn plain(align: usize) -> bool {
    align <= PLAIN_ALIGN
}

/// See the module documentation.
pub struct Mimalloc;

// SAFETY: every pointer comes from mimalloc with at least the layout's
// size and alignment (see `PLAIN_ALIGN`), and mimalloc frees and
// reallocates any block it handed out, whichever entry made it.
unsafe impl GlobalAlloc for Mimalloc {
    #[inline]
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        if plain(layout.align()) {
            mi::mi_malloc(layout.size()) as *mut u8
        } else {
            mi::mi_malloc_aligned(layout.size(), layout.align()) as *mut u8
        }
    }

    #[inline]
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        if plain(layout.align()) {
            mi::mi_zalloc(layout.size()) as *mut u8
        } else {
            mi::mi_zalloc_aligned(layout.size(), layout.align()) as *mut u8
        }
    }

    #[inline]
    unsafe fn dealloc(&self, ptr: *mut u8, _layout: Layout) {
        mi::mi_free(ptr as *mut c_void);
    }

    #[inline]
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        if plain(layout.align()) {
            mi::mi_realloc(ptr as *mut c_void, new_size) as *mut u8
        } else {
            mi::mi_realloc_aligned(ptr as *mut c_void, new_size, layout.align()) as *mut u8
        }
    }
}
