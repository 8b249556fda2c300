// Every test here starts runspaces in one process; running them one at a time keeps Pester's output and the
// isolation test's view of loaded assemblies simple to reason about.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
