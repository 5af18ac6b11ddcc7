/* eslint-disable @typescript-eslint/no-require-imports -- plain CommonJS, run by scripts/with-dist.mjs like the worker itself */
// The compiled worker with a trap after each effect, for the test that kills it at exactly that point. The
// test arms the trap over IPC for one case and one effect; once that effect has been written, the worker tells
// the test and makes no more progress, so the SIGKILL that follows lands after the effect and before whatever
// ran it (a workflow task, or an activity) could report that it finished.
const { DisputeRepository } = require('@boundary/persistence');
const { Queue } = require('bullmq');

let armed; // { effect: 'projection' | 'alerts', subjectId }
process.on('message', (message) => {
  armed = message;
});

function trap(effect, subjectId) {
  if (!armed || armed.effect !== effect || armed.subjectId !== subjectId) return Promise.resolve();
  armed = undefined;
  process.send({ trapped: effect, subjectId });
  return new Promise(() => {});
}

const project = DisputeRepository.prototype.project;
DisputeRepository.prototype.project = async function (state, events) {
  await project.call(this, state, events);
  await trap('projection', state.id);
};

const addBulk = Queue.prototype.addBulk;
Queue.prototype.addBulk = async function (jobs) {
  const added = await addBulk.call(this, jobs);
  await trap('alerts', jobs[0] && jobs[0].data.subjectId);
  return added;
};

require('../../dist/apps/worker/src/main');
