export async function main(_args: string[]): Promise<number> {
  console.error('zhifa-verify: being built');
  return 2;
}
