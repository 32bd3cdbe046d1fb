/*
 * Relationship upkeep (seed 003, 客户关系维护): a customer's timeline across the process, and the
 * return visits their tier calls for.
 */
export { customerTimeline } from './timeline.js';
export { planReturnVisits } from './return-visits.js';
export { defaultReturnVisits, loadReturnVisits, ReturnVisitSettings, returnVisitsKey } from './settings.js';
