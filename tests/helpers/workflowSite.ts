export * from '../../plugins/publish-workflow/testing/workflowSite'
