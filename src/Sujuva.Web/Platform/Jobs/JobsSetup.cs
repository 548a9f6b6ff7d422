namespace Sujuva.Web.Platform.Jobs;

/// <summary>Background jobs (decision 0010): the runner, its options, and one line per kind of job.</summary>
public static class JobsSetup
{
    public static IServiceCollection AddJobs(this IServiceCollection services)
    {
        services.AddOptions<JobsOptions>().BindConfiguration("Jobs")
            .Validate(o => o.PollInterval > TimeSpan.Zero && o.LeaseLength > TimeSpan.Zero && o.MaxAttempts >= 1
                && o.RetryDelay >= TimeSpan.Zero, "Jobs: PollInterval and LeaseLength must be positive, MaxAttempts at least 1.")
            .ValidateOnStart();
        services.AddSingleton<JobRunner>();
        services.AddHostedService(sp => sp.GetRequiredService<JobRunner>());
        return services;
    }

    /// <summary>Jobs scheduled with a TPayload (JobSchedule.ScheduleJobAsync) are handled by THandler, resolved per job.</summary>
    public static IServiceCollection AddJobHandler<TPayload, THandler>(this IServiceCollection services)
        where TPayload : class where THandler : class, IJobHandler<TPayload>
    {
        services.AddScoped<IJobHandler<TPayload>, THandler>();
        services.AddSingleton(JobKind.For<TPayload>());
        return services;
    }
}
