/**
 * CHANNELWISE_SHARE_HOST pins the address the share listener binds and puts
 * in its link (a machine with several networks, or tests on loopback).
 */
export function shareOptionsFromEnv(env: NodeJS.ProcessEnv): { bindHost?: string; advertisedHost?: string } {
  const host = env.CHANNELWISE_SHARE_HOST?.trim();
  return host ? { bindHost: host, advertisedHost: host } : {};
}
