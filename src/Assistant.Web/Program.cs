using Assistant.Web;

await AssistantWebApplication.Create(args).RunAsync();
