using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;
using JournalApi.Benchmarks;

// 'stages [N] [--parallel] [--warm K]' times each loader stage once in this cold process (what start-up pays, JIT included),
// then K more times warm (the steady cost of each stage); 'memory [N]' measures what each entry holds (N and 2N entries);
// 'refresh [N] [--edits K]' times K one-file refreshes of a loaded copy of the corpus and the parts a whole refresh is made of;
// 'search [N] [rounds]' runs 20,000 searches as GET /api/posts?q= does, whole and by stage;
// everything else goes to BenchmarkDotNet (steady-state figures), e.g. --filter '*'.
if (args is ["stages", .. var rest])
{
    return StageTimings.Run(rest);
}

if (args is ["refresh", .. var refreshArgs])
{
    return RefreshTimings.Run(refreshArgs);
}

if (args is ["search", .. var searchArgs])
{
    return SearchThroughput.Run(searchArgs);
}

if (args is ["memory", .. var sizes])
{
    return EntryMemory.Run(sizes);
}

// BenchmarkDotNet rebuilds this project for each run; its default two-minute limit is too short on two busy cores.
var config = ManualConfig.Create(DefaultConfig.Instance).WithBuildTimeout(TimeSpan.FromMinutes(10));
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config);
return 0;
