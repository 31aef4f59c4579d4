// Runs the example site: `npm start -w @foyer/example-embed-express` with the variables in README.md.
import { startSite } from './site.ts';

function required(name: string): string {
  const value = process.env[name];
  if (!value) {
    console.error(`Set ${name} (see examples/embed-express/README.md).`);
    process.exit(1);
  }
  return value;
}

const site = await startSite({
  foyerUrl: required('FOYER_URL'),
  apiKey: required('FOYER_API_KEY'),
  sessionSecret: required('SESSION_SECRET'),
  users: [
    {
      email: (process.env.DEMO_EMAIL ?? 'dana@client.test').toLowerCase(),
      name: process.env.DEMO_NAME ?? 'Dana Whitfield',
      password: required('DEMO_PASSWORD'),
      portalId: required('FOYER_PORTAL_ID'),
    },
  ],
  port: Number(process.env.PORT ?? 5174),
});
console.log(`Acme Accounting's site: ${site.origin} (add this origin to the workspace's allowed_origins)`);
