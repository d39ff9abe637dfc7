// Gives the simulator's task pane frame the parent page's fake Office host, as Outlook gives a pane office.js.
window.Office = window.parent.Office;
window.OfficeRuntime = window.parent.OfficeRuntime;
