/**
 * Function file of the ribbon (manifest FunctionFile). The only ribbon button opens the task pane
 * (ShowTaskpane), which Office does without script; this page just has to initialise Office.js so that
 * Office can load it. Commands that run code (ExecuteFunction) would be registered here with
 * Office.actions.associate.
 */
Office.onReady(() => undefined);
