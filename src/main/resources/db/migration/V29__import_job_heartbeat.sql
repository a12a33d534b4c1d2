-- When the node running (or holding in its queue) an import job last said it is alive. A QUEUED or RUNNING job
-- whose heartbeat is older than lofte.situation.import-heartbeat-limit belongs to a node that died: its
-- transaction died with it, so it stored nothing, and every node shows it as INTERRUPTED. Jobs from before
-- this column have none and count as stale.
alter table import_job add column heartbeat_at timestamp with time zone;
