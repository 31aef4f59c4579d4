import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// `dedupe`: every `react` and `react-dom` import — @foyer/react's too, which lives elsewhere in the repository
// and would find React 19 — resolves to this folder's React 18.
export default defineConfig({
  plugins: [react()],
  resolve: { dedupe: ['react', 'react-dom'] },
});
