namespace Assistant.Web.Health;

/// <summary><c>/healthz</c> (the process answers) and <c>/readyz</c> (the index is loaded: document count and version).</summary>
public static class HealthEndpoints
{
    /// <summary>Maps both probes.</summary>
    public static void MapHealth(this IEndpointRouteBuilder app)
    {
        app.MapGet("/healthz", () => TypedResults.Ok(new HealthResponse("ok")))
            .WithName("Health")
            .WithSummary("Tiến trình đang chạy");
        app.MapGet("/readyz", (IndexStatus index) => index.IsReady
                ? Results.Ok(new ReadinessResponse("ready", index.DocumentCount, index.Version))
                : Results.Json(new ReadinessResponse("starting", 0, 0), statusCode: StatusCodes.Status503ServiceUnavailable))
            .WithName("Ready")
            .WithSummary("Chỉ mục đã nạp: số văn bản và phiên bản chỉ mục")
            .Produces<ReadinessResponse>()
            .Produces<ReadinessResponse>(StatusCodes.Status503ServiceUnavailable);
    }
}
