/**
 * The tests run the local stack as `npm start` runs it by default (handler threads included), whatever the
 * developer's shell says: a test that wants another thread count passes `handlerThreads`.
 */
delete process.env.LOCAL_HANDLER_THREADS;
