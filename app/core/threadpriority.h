#pragma once

// The priority of work done beside the window. On two cores, three readers,
// the dashboard's count and the map's drawing would otherwise share the
// processor evenly with the window's thread, and a frame that needs 12 ms of
// it took 30–60 ms (docs/performance.md). Lowered once per worker thread;
// a thread's priority is not raised again, so only threads of pools kept for
// such work are lowered, and of the global pool only one drawing the map
// (MapView::startCacheJob() says why).

namespace tt {

enum class WorkPriority {
    // What the screen waits for (reading, counting): just below the window.
    Background,
    // What can come last (drawing the map's layer): below the rest.
    Idle,
};

// Lowers the calling thread's priority to `priority`; does nothing when it is
// that low already.
void lowerThreadPriority(WorkPriority priority);

} // namespace tt
