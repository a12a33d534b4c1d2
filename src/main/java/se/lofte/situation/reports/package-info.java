/**
 * Place reports (platsrapporter) in the EST manner: what staff and partners saw where, from a checklist,
 * each checked category stored as one person-free incident; the reporter's own list with correction and
 * withdrawal within seven days; and the organisation's weekly picture for its analysts.
 */
package se.lofte.situation.reports;
