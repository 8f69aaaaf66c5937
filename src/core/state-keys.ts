/** Keys of the root action's state, shared by pre, main and post (exported to later stages as STATE_<key>). */
export const STATE_JOB_START = 'job-start';
export const STATE_SETTINGS = 'settings';
export const STATE_LANE = 'lane';
