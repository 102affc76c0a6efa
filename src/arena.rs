//! The wasm's allocator: small blocks from a region in front of the system allocator (dlmalloc).
//!
//! An annotation allocates thousands of small blocks (maps, vectors, strings per token, span
//! and document) and frees them all before it returns. dlmalloc's own time was 4–8 % of the
//! wasm's `annotate()` on the dev articles one by one (V8's profile), and the largest part of
//! what an article costs more than its bytes. Here a block up to [`LARGE`] is rounded up to a
//! power of two and taken from its size class's list of freed blocks, else carved from the
//! region by moving a pointer; freeing it puts it on its list. When every block of the region
//! has been freed (the end of a call, whatever the text was), the region starts over. Nothing
//! of a call is kept but what the caller keeps, so a result cannot depend on an earlier text
//! (`tests/order_independence.rs`).
//!
//! Larger blocks, blocks aligned to more than 16 bytes and blocks that do not fit go to the
//! system allocator. A block that outlives its call (a `OnceLock`'s tables, made on the first
//! call; the panic hook) stays where it is: after such a call ([`Arena::settle`]) the region
//! starts over above it, or, when little is left there, the next call takes a fresh region, at
//! most [`REGIONS`] in all (on the dev articles, four: the tables made on the first calls).

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering::Relaxed};

/// A region's size: a call on a dev article (1–6 KB) uses up to about 340 KB of it, the 270 KB
/// of them joined about 720 KB (blocks freed and reused within the call).
pub const REGION: usize = 1 << 20;
/// Larger blocks go to the system allocator (they are few, and a region would hold few).
pub const LARGE: usize = 64 << 10;
/// Regions taken in all; once the last is used up, the system allocator serves everything.
pub const REGIONS: usize = 8;
/// Size classes: 8 bytes, 16, 32, … [`LARGE`].
const CLASSES: usize = (LARGE.trailing_zeros() - 2) as usize;

/// A region over `A`. The wasm has one thread, so the atomics are plain loads and stores.
pub struct Arena<A = System> {
    system: A,
    /// The region's start (0 when there is none), its end, the next free byte.
    start: AtomicUsize,
    end: AtomicUsize,
    next: AtomicUsize,
    /// Where `next` goes back to: the start, or past the blocks that outlived a call.
    floor: AtomicUsize,
    /// Blocks above the floor not yet freed.
    live: AtomicUsize,
    /// Freed blocks of each size class, each holding the address of the next one.
    free: [AtomicUsize; CLASSES],
    /// Regions taken so far, and the starts of those left to blocks that outlived a call
    /// (blocks there are neither reused nor given to the system allocator).
    taken: AtomicUsize,
    pinned: [AtomicUsize; REGIONS],
}

/// `layout`'s size class, if a region serves it.
#[inline]
fn class(layout: Layout) -> Option<usize> {
    let size = layout.size().max(layout.align()).max(8);
    (size <= LARGE && layout.align() <= 16)
        .then(|| (size.next_power_of_two().trailing_zeros() - 3) as usize)
}

impl<A> Arena<A> {
    pub const fn new(system: A) -> Self {
        Arena {
            system,
            start: AtomicUsize::new(0),
            end: AtomicUsize::new(0),
            next: AtomicUsize::new(0),
            floor: AtomicUsize::new(0),
            live: AtomicUsize::new(0),
            free: [const { AtomicUsize::new(0) }; CLASSES],
            taken: AtomicUsize::new(0),
            pinned: [const { AtomicUsize::new(0) }; REGIONS],
        }
    }
}

impl<A: GlobalAlloc> Arena<A> {
    /// A block of class `c`: a freed one, else a new one past `next`; `None` when the region
    /// is full or there is none to take.
    #[inline]
    fn take(&self, c: usize) -> Option<*mut u8> {
        let head = self.free[c].load(Relaxed);
        if head != 0 {
            // SAFETY: a freed block of this class, holding the next one's address.
            self.free[c].store(unsafe { *(head as *const usize) }, Relaxed);
            self.live.store(self.live.load(Relaxed) + 1, Relaxed);
            return Some(head as *mut u8);
        }
        let size = 8 << c;
        let align = size.min(16);
        let at = (self.next.load(Relaxed) + align - 1) & !(align - 1);
        if at + size <= self.end.load(Relaxed) {
            self.next.store(at + size, Relaxed);
            self.live.store(self.live.load(Relaxed) + 1, Relaxed);
            return Some(at as *mut u8);
        }
        if self.start.load(Relaxed) != 0 {
            return None;
        }
        self.open(c)
    }

    /// A fresh region (the first, or after [`Arena::settle`] left one to blocks that outlive
    /// calls), then the block.
    #[cold]
    fn open(&self, c: usize) -> Option<*mut u8> {
        let taken = self.taken.load(Relaxed);
        if taken >= REGIONS {
            return None;
        }
        // SAFETY: REGION is not zero and 16 a power of two.
        let start = unsafe { self.system.alloc(Layout::from_size_align(REGION, 16).ok()?) };
        if start.is_null() {
            return None;
        }
        self.taken.store(taken + 1, Relaxed);
        let start = start as usize;
        self.start.store(start, Relaxed);
        self.end.store(start + REGION, Relaxed);
        self.empty(start);
        self.take(c)
    }

    /// Every block above `floor` freed: the region starts over there.
    fn empty(&self, floor: usize) {
        self.floor.store(floor, Relaxed);
        self.next.store(floor, Relaxed);
        self.live.store(0, Relaxed);
        for f in &self.free {
            f.store(0, Relaxed);
        }
    }

    /// Whether `ptr` is a block of the region in use (and not one that outlived a call).
    #[inline]
    fn holds(&self, ptr: *mut u8) -> bool {
        let p = ptr as usize;
        p >= self.floor.load(Relaxed) && p < self.end.load(Relaxed)
    }

    /// Whether `ptr` is a block that outlived a call, in this region or an earlier one.
    fn kept(&self, ptr: *mut u8) -> bool {
        let p = ptr as usize;
        (p >= self.start.load(Relaxed) && p < self.floor.load(Relaxed))
            || self.pinned.iter().any(|s| {
                let s = s.load(Relaxed);
                s != 0 && p >= s && p < s + REGION
            })
    }

    /// To be called between two calls, when none of the caller's blocks is live. Blocks that
    /// are (made to outlive calls) stay where they are, below a new floor; when little of the
    /// region is left above it, the next block takes a fresh region.
    pub fn settle(&self) {
        if self.start.load(Relaxed) == 0 || self.live.load(Relaxed) == 0 {
            return;
        }
        let next = self.next.load(Relaxed);
        if self.end.load(Relaxed) - next >= REGION / 2 {
            self.empty(next);
        } else {
            self.pinned[self.taken.load(Relaxed) - 1].store(self.start.load(Relaxed), Relaxed);
            for a in [&self.start, &self.end, &self.next, &self.floor] {
                a.store(0, Relaxed);
            }
            self.empty(0);
        }
    }
}

// SAFETY: a region's blocks are disjoint, each of its class's size and aligned to it (up to
// 16 bytes, the most a region serves); a block is handed out again only once freed (from its
// class's list), or when every block above the floor has been freed. Blocks below the floor or
// in an earlier region are never handed out again, nor freed to the system allocator.
unsafe impl<A: GlobalAlloc> GlobalAlloc for Arena<A> {
    #[inline(never)]
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        match class(layout).and_then(|c| self.take(c)) {
            Some(p) => p,
            None => unsafe { self.system.alloc(layout) },
        }
    }

    #[inline(never)]
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        if !self.holds(ptr) {
            if !self.kept(ptr) {
                unsafe { self.system.dealloc(ptr, layout) }
            }
            return;
        }
        let live = self.live.load(Relaxed) - 1;
        self.live.store(live, Relaxed);
        if live == 0 {
            self.empty(self.floor.load(Relaxed));
        } else if let Some(c) = class(layout) {
            // SAFETY: the block is the caller's no longer, and at least 8 bytes, aligned to 8.
            unsafe { *(ptr as *mut usize) = self.free[c].load(Relaxed) };
            self.free[c].store(ptr as usize, Relaxed);
        }
    }

    #[inline(never)]
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // SAFETY: the caller's layout with a new size is a valid layout (GlobalAlloc's rules).
        let new_layout = unsafe { Layout::from_size_align_unchecked(new_size, layout.align()) };
        if self.holds(ptr) {
            if class(layout) == class(new_layout) {
                return ptr;
            }
        } else if class(new_layout).is_none() && !self.kept(ptr) {
            return unsafe { self.system.realloc(ptr, layout, new_size) };
        }
        let new = unsafe { self.alloc(new_layout) };
        if !new.is_null() {
            unsafe {
                std::ptr::copy_nonoverlapping(ptr, new, layout.size().min(new_size));
                self.dealloc(ptr, layout);
            }
        }
        new
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn layout(size: usize, align: usize) -> Layout {
        Layout::from_size_align(size, align).unwrap()
    }

    #[test]
    fn blocks_are_aligned_disjoint_and_reused_by_class() {
        let a = Arena::new(System);
        unsafe {
            let x = a.alloc(layout(3, 1));
            let y = a.alloc(layout(24, 8));
            let z = a.alloc(layout(16, 16));
            assert!(a.holds(x) && a.holds(y) && a.holds(z));
            assert_eq!((y as usize % 32, z as usize % 16), (0, 0));
            assert!(y as usize >= x as usize + 8 && z as usize >= y as usize + 32);
            y.write_bytes(7, 24);
            x.write_bytes(1, 3);
            z.write_bytes(2, 16);
            assert_eq!((*x.add(2), *y.add(23), *z.add(15)), (1, 7, 2));
            // A freed block serves the next of its class, and no other.
            a.dealloc(y, layout(24, 8));
            assert_ne!(a.alloc(layout(8, 8)), y);
            assert_eq!(a.alloc(layout(30, 2)), y);
            assert_eq!(a.live.load(Relaxed), 4);
        }
    }

    #[test]
    fn the_region_starts_over_once_every_block_is_freed() {
        let a = Arena::new(System);
        unsafe {
            let x = a.alloc(layout(8, 8));
            let y = a.alloc(layout(100, 4));
            a.dealloc(x, layout(8, 8));
            a.dealloc(y, layout(100, 4));
            assert_eq!(a.next.load(Relaxed), x as usize);
            assert_eq!(a.alloc(layout(64, 4)), x);
        }
    }

    #[test]
    fn a_block_grows_in_place_within_its_class_and_moves_beyond() {
        let a = Arena::new(System);
        unsafe {
            let x = a.alloc(layout(5, 1));
            x.write_bytes(5, 5);
            assert_eq!(a.realloc(x, layout(5, 1), 8), x);
            let x2 = a.realloc(x, layout(8, 1), 9);
            assert_ne!(x2, x);
            assert_eq!(*x2.add(4), 5);
            assert_eq!(a.live.load(Relaxed), 1);
            // Past LARGE it goes to the system allocator.
            let x3 = a.realloc(x2, layout(9, 1), LARGE + 1);
            assert!(!a.holds(x3) && !a.kept(x3));
            assert_eq!(*x3.add(4), 5);
            assert_eq!(a.live.load(Relaxed), 0);
            a.dealloc(x3, layout(LARGE + 1, 1));
        }
    }

    #[test]
    fn large_blocks_and_blocks_past_the_end_go_to_the_system() {
        let a = Arena::new(System);
        unsafe {
            let big = a.alloc(layout(LARGE + 1, 8));
            assert!(!a.holds(big));
            a.dealloc(big, layout(LARGE + 1, 8));
            let odd = a.alloc(layout(64, 32));
            assert!(!a.holds(odd));
            a.dealloc(odd, layout(64, 32));
            let blocks: Vec<_> = (0..REGION / LARGE + 1)
                .map(|_| a.alloc(layout(LARGE, 8)))
                .collect();
            assert!(blocks[..REGION / LARGE].iter().all(|&b| a.holds(b)));
            assert!(!a.holds(blocks[REGION / LARGE]));
            for b in blocks {
                a.dealloc(b, layout(LARGE, 8));
            }
            assert_eq!(a.live.load(Relaxed), 0);
            assert_eq!(a.taken.load(Relaxed), 1);
        }
    }

    #[test]
    fn blocks_that_outlive_a_call_are_left_where_they_are() {
        let a = Arena::new(System);
        unsafe {
            let kept = a.alloc(layout(8, 8));
            let gone = a.alloc(layout(8, 8));
            a.dealloc(gone, layout(8, 8));
            a.settle();
            // Above the kept block, the region serves the next call; its free list is gone.
            let x = a.alloc(layout(8, 8));
            assert!(x as usize > gone as usize && a.holds(x) && a.kept(kept));
            a.dealloc(kept, layout(8, 8));
            a.dealloc(x, layout(8, 8));
            assert_eq!(a.alloc(layout(8, 8)), x);
            // When little is left above the floor, the next call takes a fresh region.
            let big: Vec<_> = (0..REGION / LARGE / 2)
                .map(|_| a.alloc(layout(LARGE, 8)))
                .collect();
            a.settle();
            let y = a.alloc(layout(8, 8));
            assert!(a.holds(y) && a.kept(big[0]) && a.kept(x));
            assert_eq!(a.taken.load(Relaxed), 2);
            // After REGIONS regions, the system allocator serves everything.
            for _ in 2..=REGIONS {
                let _: Vec<_> = (0..=REGION / LARGE / 2)
                    .map(|_| a.alloc(layout(LARGE, 8)))
                    .collect();
                a.settle();
            }
            let z = a.alloc(layout(8, 8));
            assert!(!a.holds(z) && !a.kept(z));
            assert_eq!(a.taken.load(Relaxed), REGIONS);
            a.dealloc(z, layout(8, 8));
        }
    }
}
